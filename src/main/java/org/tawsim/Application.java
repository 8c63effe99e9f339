package org.tawsim;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tawsim.export.ExportCommand;

@SpringBootApplication
@Theme("tawsim")
public class Application implements AppShellConfigurator {

    /** The tab icon: a highlighted line under the letter ت (served from META-INF/resources/icons). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/tawsim.svg", "any");
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("export")) {
            // an export from a script: no web server, exit with the command's status
            System.exit(ExportCommand.launch(Application.class, Arrays.copyOfRange(args, 1, args.length), System.out,
                    System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
