package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.tawsim.support.RunningApp;

/** The demo, whose passwords are in README, listens on the loopback address only; prod on every interface. */
class ServerAddressTest extends RunningApp {

    @Autowired
    ServerProperties server;

    @Test
    void theDemoAnswersOnLoopbackOnly() throws Exception {
        assertThat(server.getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        }
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
        for (InetAddress other : others) {
            assertThatThrownBy(() -> {
                try (Socket outside = new Socket()) {
                    outside.connect(new InetSocketAddress(other, port), 5000);
                }
            }).as("connecting on %s", other).isInstanceOf(IOException.class);
        }
    }

    @Test
    void prodListensOnEveryInterfaceAndAddressOpensEither() throws Exception {
        assertThat(address(Map.of(), "application.properties")).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(address(Map.of(), "application.properties", "application-prod.properties")).isNull();
        assertThat(address(Map.of("ADDRESS", "0.0.0.0"), "application.properties"))
                .isEqualTo(InetAddress.getByName("0.0.0.0"));
        assertThat(address(Map.of("ADDRESS", "10.1.2.3"), "application.properties", "application-prod.properties"))
                .isEqualTo(InetAddress.getByName("10.1.2.3"));
    }

    /** server.address as Spring Boot binds it from these files (later ones win) and these variables. */
    private static InetAddress address(Map<String, Object> env, String... files) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", env));
        for (String file : files) {
            Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource(file));
            environment.getPropertySources().addAfter("env", new PropertiesPropertySource(file, properties));
        }
        // as the app binds it: placeholders resolved, Spring Boot's conversion ("" is no address)
        return Binder.get(environment).bind("server.address", Bindable.of(InetAddress.class)).orElse(null);
    }
}
