using System.Text;

namespace Archive.Ingest.Normalization;

/// <summary>Builds normalized text while recording, for each character, where it came from.</summary>
internal sealed class MappedTextBuilder(int capacity)
{
    private readonly StringBuilder _text = new(capacity);
    private readonly List<int> _rawIndexOf = new(capacity + 1);

    public int Length => _text.Length;

    public void Append(char c, int rawIndex)
    {
        _text.Append(c);
        _rawIndexOf.Add(rawIndex);
    }

    public NormalizedText Build(int rawLength)
    {
        _rawIndexOf.Add(rawLength);
        return new NormalizedText(_text.ToString(), [.. _rawIndexOf]);
    }
}
