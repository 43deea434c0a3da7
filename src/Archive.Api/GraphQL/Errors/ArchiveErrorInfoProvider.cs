using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Errors.Custom;

namespace Archive.Api.GraphQL.Errors;

/// <summary>
/// Serializes errors as message, locations, path and extensions.code, where code is one of
/// <see cref="ErrorCodes"/> whatever part of GraphQL.NET raised the error.
/// </summary>
public sealed class ArchiveErrorInfoProvider(bool exposeExceptionDetails) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = exposeExceptionDetails,
    ExposeExceptionDetailsMode = ExposeExceptionDetailsMode.Extensions,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = CodeOf(executionError);
        if (executionError is ValidationError { Number: { } number } && !extensions.ContainsKey("rule"))
        {
            // The spec section of the failed validation rule, for people reading the error.
            extensions.Remove("number");
            extensions["rule"] = number;
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }

    public static string CodeOf(ExecutionError error) => error switch
    {
        ArchiveError archive => archive.Code ?? ErrorCodes.InternalServerError,
        ComplexityError => ErrorCodes.QueryTooComplex,
        RateLimitedError => ErrorCodes.RateLimited,
        SyntaxError => ErrorCodes.ParseFailed,
        ArgumentsOfCorrectTypeError or InvalidVariableError or InvalidValueError or InvalidLiteralError or ProvidedNonNullArgumentsError
            => ErrorCodes.BadUserInput,
        ValidationError => ErrorCodes.ValidationFailed,
        TimeoutError => ErrorCodes.Timeout,
        DocumentError => ErrorCodes.BadRequest,
        UnhandledError => ErrorCodes.InternalServerError,
        _ => error.Code is { Length: > 0 } code && code.All(c => c is (>= 'A' and <= 'Z') or '_') ? code : ErrorCodes.InternalServerError,
    };
}
