namespace Archive.Core.Metrics;

/// <summary>How the two sides of an identity compare.</summary>
public enum IdentityRelation
{
    /// <summary>Sum of the left terms equals the sum of the right terms.</summary>
    Equal,

    /// <summary>Sum of the left terms is at most the sum of the right terms (其中 rows).</summary>
    AtMost,
}
