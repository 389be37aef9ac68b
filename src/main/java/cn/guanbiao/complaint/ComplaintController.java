package cn.guanbiao.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** R7, no login: anyone complains about an award or a certification body and gets a reference number. */
@RestController
class ComplaintController {

    private final ComplaintIntake intake;

    ComplaintController(ComplaintIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/public/complaints")
    ResponseEntity<ComplaintIntake.Accepted> complain(@RequestBody JsonNode body) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(intake.submit(body));
    }
}
