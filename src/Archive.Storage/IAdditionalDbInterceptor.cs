using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Archive.Storage;

/// <summary>Lets a host add an EF interceptor (e.g. a test that counts SQL commands) without rebuilding the registration.</summary>
public interface IAdditionalDbInterceptor
{
    IInterceptor Interceptor { get; }
}
