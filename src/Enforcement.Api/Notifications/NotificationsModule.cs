namespace Enforcement.Api.Notifications;

internal static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Mode != "Smtp" || !string.IsNullOrWhiteSpace(o.SmtpHost), "Email:SmtpHost is required when Email:Mode is Smtp.")
            .Validate(o => o.SmtpTimeoutSeconds * 2 < o.LeaseSeconds, "Email:SmtpTimeoutSeconds must be under half of Email:LeaseSeconds, or a slow send could outlast its lease and go twice.")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<IEmailTransport, SmtpEmailTransport>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
