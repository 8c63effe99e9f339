package org.tawsim.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, apart from the web security so that the command line (no web server) has it too. */
@Configuration
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, and hashes stay readable if the default algorithm changes.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
