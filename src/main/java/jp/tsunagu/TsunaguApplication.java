package jp.tsunagu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** つなぐ: process automation for the support of children who need medical care in Aomori. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TsunaguApplication {

    public static void main(String[] args) {
        SpringApplication.run(TsunaguApplication.class, args);
    }
}
