package cn.guanbiao.reference;

import cn.guanbiao.platform.StartupSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.guanbiao.credit.CreditListType;
import cn.guanbiao.credit.CreditRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the CSV files of {@code config/reference} at start; rows already in the database are left alone. */
@Component
@Order(10)
public class ReferenceDataSeeder implements StartupSeed {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataSeeder.class);

    private final Path directory;
    private final Districts districts;
    private final CertificationBodies bodies;
    private final CreditRecords creditRecords;
    private final HonourRegisterImport honourRegister;

    public ReferenceDataSeeder(@Value("${app.reference.directory:./config/reference}") String directory,
            Districts districts, CertificationBodies bodies, CreditRecords creditRecords,
            HonourRegisterImport honourRegister) {
        this.directory = Path.of(directory);
        this.districts = districts;
        this.bodies = bodies;
        this.creditRecords = creditRecords;
        this.honourRegister = honourRegister;
    }

    @Transactional
    public void seed() {
        for (Map<String, String> row : CsvFile.read(directory.resolve("districts.csv"))) {
            districts.addIfAbsent(new Districts.District(row.get("code"), row.get("name")));
        }
        for (Map<String, String> row : CsvFile.read(directory.resolve("certification-bodies.csv"))) {
            bodies.addIfAbsent(new CertificationBodies.CertificationBody(row.get("name"),
                    Boolean.parseBoolean(row.get("approved")), Boolean.parseBoolean(row.get("onFilingList"))));
        }
        Path credit = directory.resolve("credit-records.csv");
        if (Files.exists(credit)) {
            for (Map<String, String> row : CsvFile.read(credit)) {
                creditRecords.addIfAbsent(row.get("creditCode"), CreditListType.valueOf(row.get("listType")), row.get("source"));
            }
        }
        Path honours = directory.resolve("honour-register.csv");
        if (Files.exists(honours)) {
            // only rows never in the register: one an administrator removed is not brought back
            honourRegister.seed(honours);
        }
        log.info("Reference data loaded from {}", directory.toAbsolutePath().normalize());
    }
}
