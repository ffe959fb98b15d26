# Sourced by ./mvnw before anything else: Porth (Vaadin 25) needs a JDK 21 or newer.
# Keep JAVA_HOME, or the java on the PATH, when it is new enough; otherwise pick the newest
# JDK 21+ from the usual install folders and say which one; stop with advice when there is none.

porth_required_java=21

porth_java_major() { # $1: a JDK home; prints its major version, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p'
}

porth_home_of_path_java() {
  porth_java_on_path=$(command -v java 2>/dev/null) || return 0
  porth_java_on_path=$(readlink -f "$porth_java_on_path" 2>/dev/null || printf %s "$porth_java_on_path")
  dirname "$(dirname "$porth_java_on_path")"
}

porth_find_jdk() {
  porth_current=${JAVA_HOME:-$(porth_home_of_path_java)}
  porth_current_major=$(porth_java_major "${porth_current:-/nonexistent}")
  if [ -n "$porth_current_major" ] && [ "$porth_current_major" -ge "$porth_required_java" ]; then
    return 0
  fi
  porth_best=""
  porth_best_major=0
  set +f # mvnw runs with globbing off
  for porth_candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$porth_candidate" ] || continue
    porth_major=$(porth_java_major "$porth_candidate")
    if [ -n "$porth_major" ] && [ "$porth_major" -ge "$porth_required_java" ] && [ "$porth_major" -gt "$porth_best_major" ]; then
      porth_best=$porth_candidate
      porth_best_major=$porth_major
    fi
  done
  set -f
  if [ -z "$porth_best" ]; then
    echo "mvnw: Porth needs a JDK $porth_required_java or newer, but found ${porth_current_major:+Java $porth_current_major at }${porth_current:-no Java}." >&2
    echo "mvnw: install one (for example Eclipse Temurin 21 or 25 from https://adoptium.net, or 'apt-get install openjdk-21-jdk')" >&2
    echo "mvnw: and set JAVA_HOME to it, or install it under /usr/lib/jvm where ./mvnw finds it by itself." >&2
    exit 1
  fi
  echo "mvnw: using the JDK $porth_best_major at $porth_best (${porth_current_major:+Java $porth_current_major at }${porth_current:-no Java} is older than $porth_required_java)" >&2
  JAVA_HOME=$porth_best
  export JAVA_HOME
}

porth_find_jdk
