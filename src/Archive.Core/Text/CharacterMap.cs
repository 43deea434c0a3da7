namespace Archive.Core.Text;

/// <summary>
/// A one-for-one character mapping over a range of the BMP, built from pairs (from, to): a mapped text keeps every
/// offset of the text it came from. A table indexed by character, so a whole report maps in one pass.
/// </summary>
public sealed class CharacterMap
{
    private readonly char _first;
    private readonly char _last;
    private readonly char[] _to;

    /// <param name="pairs">Characters two by two: one to map, then what it maps to; all within [first, last].</param>
    public CharacterMap(char first, char last, string pairs)
    {
        _first = first;
        _last = last;
        _to = new char[last - first + 1];
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            _to[pairs[i] - first] = pairs[i + 1];
        }
    }

    /// <summary>What <paramref name="c"/> maps to, or <paramref name="c"/>.</summary>
    public char Map(char c) => c >= _first && c <= _last && _to[c - _first] is var to && to != '\0' ? to : c;

    /// <summary><paramref name="text"/> with every character mapped (the same string when none maps).</summary>
    public string MapAll(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Map(text[i]) != text[i])
            {
                return string.Create(text.Length, (Map: this, Text: text), static (span, state) =>
                {
                    for (var k = 0; k < span.Length; k++)
                    {
                        span[k] = state.Map.Map(state.Text[k]);
                    }
                });
            }
        }

        return text;
    }
}
