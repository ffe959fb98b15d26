package org.porth.gazetteer.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the gazetteer tables from the CSV files at start-up when both are empty. Tables that hold
 * anything (a council's own LLPG, or an earlier load) are left alone, never mixed with the files.
 */
@Component
class GazetteerLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);

    private final GazetteerTables tables;
    private final GazetteerProperties properties;

    GazetteerLoader(GazetteerTables tables, GazetteerProperties properties) {
        this.tables = tables;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (tables.isEmpty()) {
            GazetteerExtract extract = GazetteerExtract.read(properties.streets(), properties.addresses());
            tables.insert(extract);
            log.info("Gazetteer loaded: {} streets from {}, {} addresses from {}", extract.streets().size(),
                    properties.streets().getDescription(), extract.addresses().size(),
                    properties.addresses().getDescription());
        }
        int filled = tables.fillMissingSearchNames();
        if (filled > 0) {
            log.info("Gazetteer: search names made for {} streets loaded without them", filled);
        }
    }
}
