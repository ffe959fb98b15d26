package org.porth.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.ui.Transport;
import org.springframework.stereotype.Component;

/**
 * Every page's push falls back to long polling where a WebSocket cannot be opened (a proxy that does
 * not pass it on): said here rather than left to Vaadin's default, as decision 0030 relies on it.
 */
@Component
class PushSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init ->
                init.getUI().getPushConfiguration().setFallbackTransport(Transport.LONG_POLLING));
    }
}
