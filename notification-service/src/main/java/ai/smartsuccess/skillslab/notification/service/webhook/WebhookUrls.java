package ai.smartsuccess.skillslab.notification.service.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which webhook URLs may be called: {@code https} on a public address, so that a business cannot point the platform at
 * its own network (the cloud metadata service, a database, another service). Checked when a webhook is saved and again
 * before every attempt, against the addresses the name resolves to then (a name may be re-pointed after it was saved);
 * the attempt connects to the address checked.
 *
 * <p>In local mode (the one-machine platform) {@code http} and loopback and private addresses are accepted too, so that
 * a receiver on the same machine can be used. Link-local (169.254.0.0/16 with the cloud metadata service, fe80::/10),
 * unspecified and multicast addresses are refused in every mode.
 */
public final class WebhookUrls {

    /** Resolves a host name to its addresses; the real one asks the system resolver (blocking). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
    }

    /** A URL that may not be called, and why (safe to show to its owner: it never quotes the URL). */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A checked URL and the address an attempt connects to. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {}

    private final boolean allowLocal;
    private final int maxLength;
    private final Resolver resolver;

    public WebhookUrls(boolean allowLocal, int maxLength, Resolver resolver) {
        this.allowLocal = allowLocal;
        this.maxLength = maxLength;
        this.resolver = resolver;
    }

    /** The URL's form alone, without resolving its host: what can be said at once. */
    public URI parse(String url) throws Refused {
        if (url == null || url.isBlank()) {
            throw new Refused("is required");
        }
        if (url.length() > maxLength) {
            throw new Refused("must be at most " + maxLength + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowLocal && scheme.equals("http"))) {
            throw new Refused(allowLocal ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getRawAuthority() == null
                || uri.getHost() == null
                || uri.getHost().isBlank()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not contain a fragment (#...)");
        }
        return uri;
    }

    /** Checks the URL and every address its host resolves to now; blocking (name resolution). */
    public Target check(String url) throws Refused {
        URI uri = parse(url);
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String lower = bare.toLowerCase(Locale.ROOT);
        if (!allowLocal && (lower.equals("localhost") || lower.endsWith(".localhost"))) {
            throw new Refused("must not point at this machine (localhost)");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new Refused("names a host that does not resolve");
        }
        if (addresses.isEmpty()) {
            throw new Refused("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null) {
                throw new Refused("must not point at " + why);
            }
        }
        int port = uri.getPort() > 0 ? uri.getPort() : (https ? 443 : 80);
        return new Target(uri, bare, port, https, addresses.get(0));
    }

    /** Why an address may not be called in this mode, or null when it may. */
    String refusal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address.isLinkLocalAddress() || isReserved(address)) {
            return "a link-local or reserved address";
        }
        if (allowLocal) {
            return null;
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isSiteLocalAddress() || isPrivate(address)) {
            return "a private address";
        }
        return null;
    }

    /** Ranges Java does not flag: 0.0.0.0/8, 240.0.0.0/4 and broadcast; IPv6 embeddings of IPv4 are checked as such. */
    private static boolean isReserved(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            return first == 0 || first >= 240;
        }
        return false;
    }

    /** 100.64.0.0/10 (carrier-grade NAT), 198.18.0.0/15 (benchmarking), fc00::/7 (unique local IPv6). */
    private static boolean isPrivate(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18 || second == 19));
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc || embedsLocalIpv4(b);
        }
        return false;
    }

    /** ::ffff:a.b.c.d is turned into IPv4 by Java already; NAT64 (64:ff9b::/96) and 6to4 (2002::/16) are not. */
    private static boolean embedsLocalIpv4(byte[] b) {
        byte[] v4 = null;
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            v4 = new byte[] {b[12], b[13], b[14], b[15]};
        } else if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            v4 = new byte[] {b[2], b[3], b[4], b[5]};
        }
        if (v4 == null) {
            return false;
        }
        try {
            InetAddress inner = InetAddress.getByAddress(v4);
            return inner.isLoopbackAddress()
                    || inner.isSiteLocalAddress()
                    || inner.isLinkLocalAddress()
                    || inner.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
