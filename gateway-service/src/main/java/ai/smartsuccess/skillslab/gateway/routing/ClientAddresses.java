package ai.smartsuccess.skillslab.gateway.routing;

import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who the client of a request is, for its rate-limit budget. The peer of the connection is the client unless it is one
 * of the configured trusted proxies: then {@code Forwarded} (or else {@code X-Forwarded-For}) is read from the right,
 * past every trusted proxy, and the first other address is the client. Anyone can write those headers, so they count
 * only when a proxy we run wrote the last of them. Addresses are IP literals only (never looked up); an IPv6 client is
 * keyed by its /64, which one subscriber usually holds whole.
 */
public final class ClientAddresses {

    private record Range(byte[] network, int prefixLength) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> trusted;

    /**
     * @param trustedProxies addresses or CIDR ranges
     * @throws IllegalArgumentException naming an entry that is neither
     */
    public ClientAddresses(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            String value = entry.trim();
            if (value.isEmpty()) {
                continue;
            }
            int slash = value.indexOf('/');
            byte[] network = literal(slash < 0 ? value : value.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException(
                            "trusted proxy '" + entry + "' is not an IP address or CIDR range"));
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(value.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("trusted proxy '" + entry + "' has an invalid prefix length");
                }
            }
            ranges.add(new Range(network, prefix));
        }
        this.trusted = List.copyOf(ranges);
    }

    /**
     * The rate-limit key of the client.
     *
     * @param peer the address of the connection's other end
     * @param forwarded the {@code Forwarded} header values, in order
     * @param forwardedFor the {@code X-Forwarded-For} header values, in order
     */
    public String clientKey(String peer, List<String> forwarded, List<String> forwardedFor) {
        return key(client(peer, forwarded, forwardedFor));
    }

    /** The client's address (an IP literal as found, or the peer's when nothing better is known). */
    String client(String peer, List<String> forwarded, List<String> forwardedFor) {
        Optional<byte[]> peerAddress = literal(peer);
        if (peerAddress.isEmpty() || !isTrusted(peerAddress.get())) {
            return peer;
        }
        List<String> hops = !forwarded.isEmpty() ? forwardedFors(forwarded) : split(forwardedFor);
        String nearest = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<byte[]> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                // "unknown" or an obfuscated name: what the nearest trusted proxy saw is all we know.
                return nearest;
            }
            nearest = hops.get(i);
            if (!isTrusted(hop.get())) {
                return nearest;
            }
        }
        return nearest;
    }

    private boolean isTrusted(byte[] address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** IPv4 addresses as they are; IPv6 addresses grouped by their first 64 bits ({@code 2001:db8:1:2::/64}). */
    static String key(String address) {
        Optional<byte[]> bytes = literal(address);
        if (bytes.isEmpty()) {
            return address;
        }
        byte[] value = bytes.get();
        if (value.length == 4) {
            return NetUtil.bytesToIpAddress(value);
        }
        byte[] prefix = new byte[16];
        System.arraycopy(value, 0, prefix, 0, 8);
        return NetUtil.bytesToIpAddress(prefix) + "/64";
    }

    /** The address of an IP literal ({@code 1.2.3.4}, {@code ::1}, {@code [::1]}, IPv4-mapped IPv6 as IPv4), no lookup. */
    static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        if (value.length() > 45) {
            return Optional.empty();
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            // Turns an IPv4-mapped IPv6 address into the IPv4 address it carries.
            InetAddress address = InetAddress.getByAddress(bytes);
            return Optional.of(address instanceof Inet6Address ? bytes : address.getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static List<String> split(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String part : header.split(",", -1)) {
                hops.add(part.trim());
            }
        }
        return hops;
    }

    /** The {@code for=} of each element of {@code Forwarded} (RFC 7239), ports removed. */
    private static List<String> forwardedFors(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String element : split(headers)) {
            String found = "";
            for (String pair : element.split(";", -1)) {
                int eq = pair.indexOf('=');
                if (eq > 0
                        && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("for")) {
                    found = withoutPort(unquote(pair.substring(eq + 1).trim()));
                }
            }
            hops.add(found);
        }
        return hops;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static String withoutPort(String value) {
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(0, end + 1) : value;
        }
        int colon = value.indexOf(':');
        return colon > 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value;
    }
}
