namespace Archive.Ingest.Extraction;

/// <summary>A physical line of the decoded text: [Start, End) without the line break.</summary>
internal readonly record struct TextLine(int Index, int Start, int End)
{
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add(new TextLine(lines.Count, start, end));
                start = i + 1;
            }
        }

        return lines;
    }

    public string Of(string text) => text[Start..End];
}
