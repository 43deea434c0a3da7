using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// The tests' expected-value SQL is written once, in SQLite's spelling; PostgreSQL folds unquoted names to lower case
/// and names parameters with @. This quotes every PascalCase name (the schema's tables and columns: Reports, ReportId;
/// SQL keywords are written in capitals or lower case) outside string literals, turns $name into @name, and SQLite's
/// instr(text, part) into PostgreSQL's strpos (both the 1-based position, 0 when absent).
/// </summary>
internal static partial class PostgreSqlSpelling
{
    public static string Of(string sql)
    {
        var result = new StringBuilder(sql.Length + 32);
        var parts = sql.Split('\'');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                result.Append('\'');
            }

            // Even parts are outside string literals ('' inside a literal splits into an empty odd/even pair: harmless).
            result.Append(i % 2 == 1 ? parts[i] : Instr().Replace(Parameter().Replace(PascalCaseName().Replace(parts[i], "\"$1\""), "@$1"), "strpos("));
        }

        return result.ToString();
    }

    [GeneratedRegex(@"(?<![""\w$@])([A-Z][a-z][A-Za-z0-9]*)\b")]
    private static partial Regex PascalCaseName();

    [GeneratedRegex(@"\binstr\(", RegexOptions.IgnoreCase)]
    private static partial Regex Instr();

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex Parameter();
}
