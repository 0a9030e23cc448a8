using LearningSociety.Infrastructure.Exports.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> builder)
    {
        builder.Property(j => j.UserId).HasMaxLength(450);
        builder.Property(j => j.Title).HasMaxLength(500);
        builder.Property(j => j.FileName).HasMaxLength(300);
        builder.Property(j => j.StoredFile).HasMaxLength(200);
        builder.Property(j => j.Error).HasMaxLength(1000);
        builder.Property(j => j.Worker).HasMaxLength(200);
        builder.HasIndex(j => new { j.State, j.Id });
        builder.HasIndex(j => new { j.UserId, j.CreatedAt });
    }
}
