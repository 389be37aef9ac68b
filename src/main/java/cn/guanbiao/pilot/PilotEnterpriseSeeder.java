package cn.guanbiao.pilot;

import cn.guanbiao.platform.StartupSeed;
import org.springframework.core.annotation.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.guanbiao.pilot.PilotEnterprises.IpHonour;
import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import cn.guanbiao.reference.CsvFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads {@code config/reference/pilot-enterprises.csv} at start (after the districts); rows already there stay. */
@Component
@Order(20)
public class PilotEnterpriseSeeder implements StartupSeed {

    static final String FILE = "pilot-enterprises.csv";

    private final Path directory;
    private final PilotEnterprises enterprises;

    public PilotEnterpriseSeeder(@Value("${app.reference.directory:./config/reference}") String directory,
            PilotEnterprises enterprises) {
        this.directory = Path.of(directory);
        this.enterprises = enterprises;
    }

    @Transactional
    public void seed() {
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        for (Map<String, String> row : CsvFile.read(file)) {
            enterprises.addIfAbsent(new PilotEnterprise(row.get("creditCode"), row.get("name"), row.get("districtCode"),
                    blank(row.get("ipHonour")) ? null : IpHonour.valueOf(row.get("ipHonour")),
                    Boolean.parseBoolean(row.get("littleGiant")), nullIfBlank(row.get("contactName")),
                    nullIfBlank(row.get("contactPhone")), nullIfBlank(row.get("contactEmail")),
                    blank(row.get("pilotYear")) ? null : Integer.valueOf(row.get("pilotYear"))));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s;
    }
}
