using LearningSociety.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public const int EmailErrorLength = 500;

    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.Property(n => n.Title).HasMaxLength(500);
        builder.Property(n => n.Url).HasMaxLength(500);
        builder.Property(n => n.EmailError).HasMaxLength(NotificationConfiguration.EmailErrorLength);
    }
}
