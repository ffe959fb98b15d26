/**
 * Small value types and helpers every module uses: reference numbers, postcodes, languages and
 * translations, the business calendar, the portal's clock and the job lock that lets one node act.
 * It depends on no other module.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
package org.porth.shared;

import org.springframework.modulith.ApplicationModule;
