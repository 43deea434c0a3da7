using GraphQL;

namespace Archive.Api.GraphQL.Errors;

/// <summary>An error the client caused or can act on, with a stable code (see <see cref="ErrorCodes"/>).</summary>
public class ArchiveError : ExecutionError
{
    public ArchiveError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public static ArchiveError BadUserInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static ArchiveError NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static ArchiveError BadCursor(string argument) =>
        new(ErrorCodes.BadCursor, $"'{argument}' is not a cursor this field issued for these arguments; start again without it");

    public static ArchiveError PageTooLarge(int first, int max) =>
        new(ErrorCodes.PageTooLarge, $"first: {first} is larger than the maximum page size {max}; page with 'after' instead");

    public static ArchiveError BadSearchSyntax(string message) => new(ErrorCodes.BadSearchSyntax, $"search syntax: {message}");

    public static ArchiveError Unauthenticated(string message) => new(ErrorCodes.Unauthenticated, message);

    public static ArchiveError ResultTooLarge(string message) => new(ErrorCodes.ResultTooLarge, message);
}
