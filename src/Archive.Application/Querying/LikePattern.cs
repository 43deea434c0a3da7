using System.Text;

namespace Archive.Application.Querying;

/// <summary>Escapes user text for a SQL LIKE pattern, so % and _ match themselves.</summary>
internal static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
