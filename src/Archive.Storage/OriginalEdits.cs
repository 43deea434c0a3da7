using System.Text;

namespace Archive.Storage;

/// <summary>
/// An original text as edits of its normalized text (<see cref="StoredText.EncodeOriginal"/>). The script is a list of
/// steps, each three unsigned LEB128 numbers and some bytes: copy the next <c>copy</c> normalized characters, pass over
/// the next <c>skip</c> normalized characters, then insert the <c>insert</c> UTF-8 bytes that follow. Normalization
/// drops characters (byte-order mark, trailing spaces, control characters, wrapped line breaks) and turns a lone CR
/// into LF, so an original is its normalized text with insertions and a few one-character replacements.
/// </summary>
internal static class OriginalEdits
{
    /// <summary>
    /// The script that rebuilds <paramref name="original"/> from <paramref name="normalized"/>, and how many
    /// characters it inserts. Matches greedily: a normalized character is the next original character that equals it,
    /// the original characters before that are insertions; a CR that became LF (not followed by LF) is a replacement.
    /// Any two texts get a script (normalized characters never matched are skipped); the caller checks it.
    /// </summary>
    public static (byte[] Script, int Inserted) Script(string original, string normalized)
    {
        var script = new ScriptWriter(original.Length / 8);
        var inserted = 0;
        var j = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (j < normalized.Length && c == normalized[j])
            {
                script.Copy();
                j++;
            }
            else if (j < normalized.Length && c == '\r' && normalized[j] == '\n' && (i + 1 >= original.Length || original[i + 1] != '\n'))
            {
                script.Skip();
                script.Insert(c);
                inserted++;
                j++;
            }
            else
            {
                script.Insert(c);
                inserted++;
            }
        }

        for (; j < normalized.Length; j++)
        {
            script.Skip();
        }

        return (script.Finish(), inserted);
    }

    /// <summary>The original text that <paramref name="script"/> rebuilds from <paramref name="normalized"/>.</summary>
    public static string Apply(ReadOnlySpan<byte> script, string normalized)
    {
        var text = new StringBuilder(normalized.Length + (normalized.Length / 16));
        var j = 0;
        var at = 0;
        while (at < script.Length)
        {
            var copy = ReadNumber(script, ref at);
            var skip = ReadNumber(script, ref at);
            var insert = ReadNumber(script, ref at);
            if (copy > normalized.Length - j || skip > normalized.Length - j - copy || insert > script.Length - at)
            {
                throw new InvalidDataException("The original text's edits do not fit its normalized text.");
            }

            text.Append(normalized, j, copy);
            j += copy + skip;
            text.Append(Encoding.UTF8.GetString(script.Slice(at, insert)));
            at += insert;
        }

        return text.ToString();
    }

    private static int ReadNumber(ReadOnlySpan<byte> script, ref int at)
    {
        var value = 0;
        for (var shift = 0; shift < 32; shift += 7)
        {
            if (at >= script.Length)
            {
                break;
            }

            var b = script[at++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value >= 0 ? value : throw new InvalidDataException("The original text's edits hold a negative length.");
            }
        }

        throw new InvalidDataException("The original text's edits end inside a number.");
    }

    /// <summary>Builds the steps: runs of copies, skips and inserted characters, a new step when a copy follows the others.</summary>
    private sealed class ScriptWriter(int capacity)
    {
        private readonly MemoryStream _bytes = new(Math.Max(16, capacity));
        private readonly StringBuilder _insert = new();
        private int _copy;
        private int _skip;

        public void Copy()
        {
            if (_skip > 0 || _insert.Length > 0)
            {
                Flush();
            }

            _copy++;
        }

        public void Skip()
        {
            if (_insert.Length > 0)
            {
                Flush();
            }

            _skip++;
        }

        public void Insert(char c) => _insert.Append(c);

        public byte[] Finish()
        {
            if (_copy > 0 || _skip > 0 || _insert.Length > 0)
            {
                Flush();
            }

            return _bytes.ToArray();
        }

        private void Flush()
        {
            var insert = Encoding.UTF8.GetBytes(_insert.ToString());
            WriteNumber(_copy);
            WriteNumber(_skip);
            WriteNumber(insert.Length);
            _bytes.Write(insert);
            _copy = 0;
            _skip = 0;
            _insert.Clear();
        }

        private void WriteNumber(int value)
        {
            var v = (uint)value;
            while (v >= 0x80)
            {
                _bytes.WriteByte((byte)(v | 0x80));
                v >>= 7;
            }

            _bytes.WriteByte((byte)v);
        }
    }
}
