package cn.guanbiao.pilot;

import java.util.Arrays;
import java.util.List;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AwardSpringTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.guanbiao.support.Workbooks.body;
import static cn.guanbiao.support.Workbooks.download;
import static cn.guanbiao.support.Workbooks.sheetNames;
import static cn.guanbiao.support.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of piloted enterprises (CSV and .xlsx) holds exactly the enterprises the overview counts, district by district
 * and year by year: those selected on a list approved here and those on the reference list of earlier pilots.
 */
@AwardSpringTest
class PilotListExportTest {

    @LocalServerPort int port;
    @Autowired PilotDriver pilot;
    @Autowired PilotOverview overview;

    @Test
    void listAndOverviewAgreeWithPilotsFromBeforeTheSystemIncluded() throws Exception {
        // given: two enterprises piloted in 2023 before the system (reference list), one selected here for 2024
        String district = PilotDriver.freshDistrict();
        List<String> before = pilot.enterprises(district, 2, 2023);
        String selected = pilot.piloted(district, 1, 2024).get(0).substring("PP-2024-".length());

        // when
        PilotOverview.Overview counted = overview.overview();
        String csv = new ApiClient(port).as("municipal", "demo").get("/admin/pilot/list.csv").body();
        try (XSSFWorkbook workbook = download(port, "/admin/pilot/list.xlsx", "municipal", "demo")) {

            // then: every district's selections of every year, as many in the list as in the overview
            assertThat(sheetNames(workbook)).containsExactly("试点企业名单");
            Sheet sheet = workbook.getSheet("试点企业名单");
            assertThat(texts(sheet.getRow(0))).containsExactly("试点年度", "区县", "批次", "统一社会信用代码", "企业名称",
                    "试点对象类别", "联系人", "联系电话", "联系邮箱", "审定日期", "来源");
            List<List<String>> rows = body(sheet);
            List<String> csvLines = Arrays.asList(csv.split("\r\n"));
            for (PilotOverview.Row district1 : counted.districts()) {
                for (PilotOverview.YearCell cell : district1.years()) {
                    String where = district1.district() + " " + cell.year();
                    assertThat(rows.stream().filter(r -> r.get(0).equals(String.valueOf(cell.year())) && r.get(1).equals(district1.district())))
                            .as(where + " in the .xlsx").hasSize(cell.selected());
                    assertThat(csvLines.stream().filter(line -> line.startsWith(cell.year() + "," + district1.district() + ",")))
                            .as(where + " in the CSV").hasSize(cell.selected());
                }
            }
            assertThat(rows).hasSize(counted.city().years().stream().mapToInt(PilotOverview.YearCell::selected).sum());

            // and: the reference list's pilots marked as such, with the contact on record; the one selected here with its batch
            List<String> earlier = rows.stream().filter(r -> r.get(3).equals(before.get(0))).findFirst().orElseThrow();
            assertThat(earlier.get(0)).isEqualTo("2023");
            assertThat(earlier.get(2)).isEmpty();
            assertThat(earlier.get(6)).startsWith("联系人");
            assertThat(earlier.get(10)).isEqualTo("系统前名单");
            List<String> here = rows.stream().filter(r -> r.get(3).equals(selected)).findFirst().orElseThrow();
            assertThat(here.subList(0, 3)).containsExactly("2024", here.get(1), "PB-2024-" + district);
            assertThat(here.get(9)).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(here.get(10)).isEqualTo("系统遴选");
        }

        // and: a year's list holds that year only, the reference list's pilots included
        try (XSSFWorkbook year2023 = download(port, "/admin/pilot/list.xlsx?year=2023", "municipal", "demo")) {
            List<List<String>> rows = body(year2023.getSheetAt(0));
            assertThat(rows).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("2023"));
            assertThat(rows).extracting(r -> r.get(3)).containsAll(before).doesNotContain(selected);
        }
    }
}
