namespace Archive.Api.Http;

/// <summary>
/// One allowed CORS origin: "*" (any), or scheme://host[:port] where the port may be "*" (any port of that host).
/// Compared with the browser's Origin header, which is always scheme://host[:port] in lower case.
/// </summary>
public sealed record CorsOriginPattern(string Scheme, string Host, int? Port, bool AnyPort)
{
    /// <summary>The origins of this machine on any port, allowed when Api:CorsAllowLocalhost is on.</summary>
    public static IReadOnlyList<CorsOriginPattern> Localhost { get; } =
    [
        new("http", "localhost", null, AnyPort: true),
        new("http", "127.0.0.1", null, AnyPort: true),
        new("http", "[::1]", null, AnyPort: true),
    ];

    /// <summary>Parses a configured origin; null with <paramref name="error"/> set when it is not one.</summary>
    public static CorsOriginPattern? TryParse(string text, out string? error)
    {
        error = null;
        var anyPort = text.EndsWith(":*", StringComparison.Ordinal);
        var candidate = anyPort ? text[..^2] : text;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            error = $"'{text}' is not an http(s) origin such as https://app.example.org or http://localhost:*";
            return null;
        }

        if (uri.AbsolutePath != "/" || candidate.TrimEnd('/').Length != candidate.Length || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            error = $"'{text}' is not an origin: it has a path, query or user (write scheme://host[:port] only)";
            return null;
        }

        if (anyPort && !uri.IsDefaultPort)
        {
            error = $"'{text}' names a port and ':*'";
            return null;
        }

        return new CorsOriginPattern(uri.Scheme, HostOf(uri), anyPort || uri.IsDefaultPort ? null : uri.Port, anyPort);
    }

    public bool Matches(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme == Scheme
            && string.Equals(HostOf(uri), Host, StringComparison.OrdinalIgnoreCase)
            && (AnyPort || (Port is { } port ? uri.Port == port : uri.IsDefaultPort));
    }

    private static string HostOf(Uri uri) => uri.HostNameType == UriHostNameType.IPv6 ? "[" + uri.IdnHost.Trim('[', ']') + "]" : uri.IdnHost;
}
