/**
 * Routing: the rules that send a new case to a team's queue with a priority and flags, as
 * administrators edit them (checked before they are saved) and try them on a sample request.
 */
@NamedInterface("routing")
package org.porth.casework.routing;

import org.springframework.modulith.NamedInterface;
