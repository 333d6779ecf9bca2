namespace Enforcement.Api.Infrastructure;

/// <summary>Something the request needs is missing on this server (e.g. no Chromium to print a PDF): a 503, not a crash.</summary>
internal sealed class ServiceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
