package org.tawsim.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectService;

/**
 * {@code java -jar tawsim.jar export ...}: an export from a script, in an application context without the web
 * server. It runs the same {@link ExportService} as the page and the API (so the export is also listed there) and
 * copies the files and {@code manifest.json} into the folder given by {@code --out}.
 */
@Component
public class ExportCommand {

    static final String ADMIN = "admin";
    /** Vaadin's and Hilla's auto-configurations need a servlet context; springdoc's already skip themselves. */
    private static final String WEB_ONLY = "com.vaadin.";

    private final ExportService exports;
    private final ProjectService projects;
    private final AccountService accounts;

    ExportCommand(ExportService exports, ProjectService projects, AccountService accounts) {
        this.exports = exports;
        this.projects = projects;
        this.accounts = accounts;
    }

    /** Parses, starts a context without the web server, exports, and returns the exit status. */
    public static int launch(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        ExportArguments arguments;
        try {
            arguments = ExportArguments.parse(args);
        } catch (ExportArguments.Invalid e) {
            err.println("export: " + e.getMessage());
            err.println(ExportArguments.USAGE);
            return 2;
        }
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("org.jooq.no-logo", "true");
        try (ConfigurableApplicationContext context = withoutWebServer(application)
                .properties("logging.level.root=warn") // stdout is for the command's own lines
                .run(arguments.springArgs().toArray(String[]::new))) {
            return context.getBean(ExportCommand.class).run(arguments, out, err);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println("export: the application could not start: " + cause.getMessage());
            return 1;
        }
    }

    /** The application's services and database without the web server, Vaadin or the web security. */
    public static SpringApplicationBuilder withoutWebServer(Class<?> application) {
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.autoconfigure.exclude=" + String.join(",", webOnlyAutoConfigurations()));
    }

    private static List<String> webOnlyAutoConfigurations() {
        List<String> names = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, ExportCommand.class.getClassLoader())
                .forEach(name -> {
                    if (name.startsWith(WEB_ONLY)) {
                        names.add(name);
                    }
                });
        return names;
    }

    int run(ExportArguments arguments, PrintStream out, PrintStream err) {
        try {
            String login = arguments.user() == null ? ADMIN : arguments.user();
            UserAccount user = accounts.findByLogin(login)
                    .orElseThrow(() -> new ExportArguments.Invalid("there is no account '" + login + "'"));
            Project project = project(user, arguments.project());
            Path dir = Files.createDirectories(arguments.out());
            ExportManifest manifest = exports.export(user, project.id(), arguments.request());
            List<String> names = new ArrayList<>();
            manifest.files().forEach(f -> names.add(f.name()));
            names.add("manifest.json");
            for (String name : names) {
                Path from = exports.file(user, project.id(), manifest.exportId(), name);
                Files.copy(from, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            out.printf(Locale.ROOT, "Exported %d documents of project %d (%s) as %s: %s%n", manifest.documentCount(),
                    project.id(), project.name(), manifest.format(), String.join(", ", names));
            out.println("Written to " + dir.toAbsolutePath().normalize());
            out.println("Also listed as export " + manifest.exportId() + " of the project.");
            return 0;
        } catch (ExportArguments.Invalid e) {
            err.println("export: " + e.getMessage());
            return 2;
        } catch (UserError e) {
            err.println("export: " + e.message(Locale.ENGLISH));
            return 1;
        } catch (AccessDeniedException e) {
            err.println("export: " + e.getMessage() + " (choose a lead, admin or viewer of the project with --user)");
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("export: cannot write the files: " + e.getMessage());
            return 1;
        }
    }

    /** By id when the argument is a number and such a project exists, otherwise by name. */
    private Project project(UserAccount user, String idOrName) {
        Optional<Project> byName = projects.visibleTo(user).stream().filter(p -> p.name().equals(idOrName)).findFirst();
        if (idOrName.matches("\\d{1,18}")) {
            long id = Long.parseLong(idOrName);
            Optional<Project> byId = projects.visibleTo(user).stream().filter(p -> p.id() == id).findFirst();
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        return byName.orElseThrow(() -> new ExportArguments.Invalid("no project '" + idOrName + "' that " + user.login()
                + " can see"));
    }
}
