package be.openpas;

import be.openpas.dataimport.ImportRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpenpasApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(OpenpasApplication.class);
        if (ImportRun.requested(args)) {
            // `--import=<file>`: load one file, report and exit, without starting the web server.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
