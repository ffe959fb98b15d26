/**
 * The GOV.UK file upload that forms and messages add files with. It lives here, not in shell's form
 * kit, because it calls {@link org.porth.attachments.Attachments} and shell uses no feature module.
 */
@NamedInterface("ui")
package org.porth.attachments.ui;

import org.springframework.modulith.NamedInterface;
