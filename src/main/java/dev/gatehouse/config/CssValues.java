package dev.gatehouse.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The operator values that end up in a stylesheet or a CSP: accepted only in forms that cannot
 * close the declaration they sit in (no {@code ;}, {@code {}, {@code }}, quotes, backslashes or
 * comments), so a value can never add a rule of its own (CSS injection, OWASP "CSS Injection").
 */
public final class CssValues {
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    /** CSS Color 4 functional notations with numbers, percentages, angles in deg, and the separators both syntaxes use. */
    private static final Pattern FUNCTION = Pattern.compile("(?:rgba?|hsla?)\\(\\s*[0-9.]+(?:%|deg)?(?:\\s*[,/]?\\s*[0-9.]+%?){2,3}\\s*\\)");
    /** CSS Color 4 §6.1 named colours. */
    private static final Set<String> NAMED = Set.of(("aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue "
            + "blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan "
            + "darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon "
            + "darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey "
            + "dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey "
            + "honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral "
            + "lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue "
            + "lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine "
            + "mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise "
            + "mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered "
            + "orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple "
            + "rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue "
            + "slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow "
            + "yellowgreen").split(" "));
    private static final Map<String, String> IMAGE_TYPES = Map.of(".png", "image/png", ".svg", "image/svg+xml", ".jpg", "image/jpeg",
            ".jpeg", "image/jpeg", ".webp", "image/webp", ".gif", "image/gif");

    private CssValues() {}

    /** True for a hex colour, an rgb()/hsl() colour of plain numbers, or a CSS colour name. */
    public static boolean color(String value) {
        if (value == null || value.length() > 64) return false;
        return HEX.matcher(value).matches() || FUNCTION.matcher(value).matches() || NAMED.contains(value.toLowerCase(Locale.ROOT));
    }

    /**
     * True for an absolute https URL (http only on loopback, or in dev mode) that is safe in an HTML attribute
     * and whose origin can be named in a CSP source list: no quotes, spaces, semicolons or commas.
     */
    public static boolean imageUrl(String value, boolean dev) {
        if (value.length() > 2048 || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f && "\"'`;,\\<>".indexOf(c) < 0)) return false;
        try {
            URI uri = new URI(value);
            String host = uri.getHost();
            if (host == null || uri.getRawUserInfo() != null) return false;
            if ("https".equals(uri.getScheme())) return true;
            return "http".equals(uri.getScheme()) && (dev || ConfigLoader.isLoopback(host));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The media type of a logo file by its name's ending, or null when it is not an image type we serve. */
    public static String imageType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? null : IMAGE_TYPES.get(lower.substring(dot));
    }
}
