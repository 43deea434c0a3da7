namespace Archive.Ingest.Extraction;

/// <summary>Flag kinds raised by the table readers beyond metric-dictionary.md §10.</summary>
public static class TableFlagKinds
{
    /// <summary>A table is printed but its cells run together: no cell of it is read (issue 19).</summary>
    public const string TableUnreadable = "table_unreadable";
}
