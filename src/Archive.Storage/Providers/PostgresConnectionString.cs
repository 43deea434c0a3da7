using System.Text;
using Npgsql;

namespace Archive.Storage.Providers;

/// <summary>
/// Turns what a user gives as a PostgreSQL connection (libpq's <c>host=… dbname=…</c>, a <c>postgres://</c> URL, or
/// Npgsql's <c>Host=…;Database=…</c>) into an Npgsql connection string, or says in one sentence what is wrong with it.
/// Npgsql reads only its own form; libpq's words and URLs are what psql, pg_basebackup and every PostgreSQL guide use.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>libpq keyword → Npgsql keyword, for the keywords that have one.</summary>
    private static readonly Dictionary<string, string> LibpqKeywords = new(StringComparer.Ordinal)
    {
        ["host"] = "Host",
        ["hostaddr"] = "Host",
        ["port"] = "Port",
        ["dbname"] = "Database",
        ["user"] = "Username",
        ["password"] = "Password",
        ["passfile"] = "Passfile",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["sslmode"] = "SSL Mode",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["sslpassword"] = "SSL Password",
        ["sslrootcert"] = "Root Certificate",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
        ["keepalives_idle"] = "Tcp Keepalive Time",
        ["keepalives_interval"] = "Tcp Keepalive Interval",
    };

    /// <summary>The Npgsql form of <paramref name="value"/>; <see cref="FormatException"/> with the reason when it is not a usable PostgreSQL connection.</summary>
    public static string ToNpgsql(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var text = value.Trim();
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
                ? FromUrl(text)
                : LooksLikeLibpq(text) ? FromLibpq(text) : new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"not a PostgreSQL connection string ({ex.Message})", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new FormatException("the PostgreSQL connection names no host (host=… or postgres://HOST/DB)");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new FormatException("the PostgreSQL connection names no database (dbname=… or postgres://HOST/DB)");
        }

        return builder.ConnectionString;
    }

    /// <summary>The connection string without its password, for messages and logs.</summary>
    public static string Redacted(string npgsql) => new NpgsqlConnectionStringBuilder(npgsql) { Password = null }.ConnectionString;

    /// <summary>libpq's keywords are lower case and Npgsql's are not (Host, Database), so the first keyword tells the form.</summary>
    private static bool LooksLikeLibpq(string text)
    {
        var end = text.IndexOfAny(['=', ' ']);
        return end > 0 && LibpqKeywords.ContainsKey(text[..end]);
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException("a postgres:// URL is postgres://USER:PASSWORD@HOST:PORT/DATABASE");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host.Trim('[', ']') };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            Set(builder, key, Uri.UnescapeDataString(equals < 0 ? string.Empty : pair[(equals + 1)..]));
        }

        return builder;
    }

    /// <summary>libpq's form: <c>keyword = value</c> pairs separated by spaces; a value may be single-quoted with \' and \\ escapes.</summary>
    private static NpgsqlConnectionStringBuilder FromLibpq(string text)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return builder;
            }

            var keyStart = i;
            while (i < text.Length && text[i] != '=' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var key = text[keyStart..i];
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length || text[i] != '=')
            {
                throw new ArgumentException($"'{key}' has no '=value'");
            }

            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var value = new StringBuilder();
            if (i < text.Length && text[i] == '\'')
            {
                i++;
                while (i < text.Length && text[i] != '\'')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    value.Append(text[i++]);
                }

                if (i == text.Length)
                {
                    throw new ArgumentException($"the quoted value of '{key}' is not closed");
                }

                i++;
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    value.Append(text[i++]);
                }
            }

            Set(builder, key, value.ToString());
        }
    }

    private static void Set(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        if (!LibpqKeywords.TryGetValue(key, out var npgsqlKey))
        {
            throw new ArgumentException($"unknown or unsupported keyword '{key}' (supported: {string.Join(", ", LibpqKeywords.Keys)})");
        }

        if (key == "sslmode" && value is "require" or "verify-ca" or "verify-full" or "prefer" or "allow" or "disable")
        {
            value = value switch
            {
                "verify-ca" => "VerifyCA",
                "verify-full" => "VerifyFull",
                _ => char.ToUpperInvariant(value[0]) + value[1..],
            };
        }

        if (key == "target_session_attrs")
        {
            value = value switch
            {
                "read-write" => "ReadWrite",
                "read-only" => "ReadOnly",
                "primary" => "Primary",
                "standby" => "Standby",
                "prefer-standby" => "PreferStandby",
                _ => value,
            };
        }

        builder[npgsqlKey] = value;
    }
}
