package dev.gatehouse.mfa;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG document. The symbol is encoded by qrcodegen (ISO/IEC 18004: versions, masks,
 * error correction); this class only writes its modules as one path, with the four-module quiet zone
 * the standard asks for.
 */
final class QrSvg {
    private static final int QUIET_ZONE = 4;

    private QrSvg() {}

    static String of(String text) {
        // Medium error correction: the secret must survive a phone camera, and the URI stays short.
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
                + "\" fill=\"#000000\"/></svg>";
    }
}
