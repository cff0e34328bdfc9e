package be.openpas.passholder;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the passholder agreed to be contacted for. */
public record OptInPreferences(
        boolean serviceMails, boolean milestoneMails, boolean infoMails, boolean sms, boolean post) {

    public static final OptInPreferences NONE = new OptInPreferences(false, false, false, false, false);

    public Map<String, Boolean> asMap() {
        Map<String, Boolean> map = new LinkedHashMap<>();
        map.put("serviceMails", serviceMails);
        map.put("milestoneMails", milestoneMails);
        map.put("infoMails", infoMails);
        map.put("sms", sms);
        map.put("post", post);
        return map;
    }
}
