namespace Archive.Ingest.Normalization;

/// <summary>
/// The text Archive stores and indexes, with a map back to the decoded text it came from, so spans
/// found in either can be expressed in the other.
/// </summary>
public sealed class NormalizedText
{
    // rawIndexOf[i] = index in the decoded text of normalized char i; rawIndexOf[Text.Length] = decoded length.
    private readonly int[] _rawIndexOf;

    internal NormalizedText(string text, int[] rawIndexOf)
    {
        Text = text;
        _rawIndexOf = rawIndexOf;
    }

    public string Text { get; }

    /// <summary>The decoded-text index of normalized index <paramref name="normalizedIndex"/> (0..Text.Length).</summary>
    public int ToRaw(int normalizedIndex) => _rawIndexOf[normalizedIndex];

    /// <summary>
    /// The normalized index of decoded index <paramref name="rawIndex"/>: the first normalized char that
    /// comes from at or after it (characters removed by normalization map to the next kept one).
    /// </summary>
    public int ToNormalized(int rawIndex)
    {
        var index = Array.BinarySearch(_rawIndexOf, rawIndex);
        if (index >= 0)
        {
            // Several normalized chars can come from one raw position only at insertions; take the first.
            while (index > 0 && _rawIndexOf[index - 1] == rawIndex)
            {
                index--;
            }

            return index;
        }

        return ~index;
    }

    /// <summary>Maps a decoded-text span [start, end) to the normalized span that holds its kept characters.</summary>
    public (int Start, int End) SpanToNormalized(int rawStart, int rawEnd)
    {
        var start = ToNormalized(rawStart);
        var end = ToNormalized(rawEnd);
        return (start, Math.Max(start, end));
    }
}
