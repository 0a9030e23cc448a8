using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LearningSociety.Web.Setup;

/// <summary>
/// What a typed field says when the text sent cannot become its type ("1e29" or 2147483648 for a whole
/// number, 31/02/2025 for a day): in Vietnamese, naming the field by its display name (which carries its
/// range, e.g. "Năm (1945–2100)") and the value as typed, never the framework's English. Also the implicit
/// "required" of a non-nullable value type (a checkbox's bool), which would otherwise reach the page as
/// "The … field is required.".
/// </summary>
public static class BindingMessages
{
    public static void UseVietnamese(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ModelMetadataDetailsProviders.Add(new ImplicitRequiredMessage());
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"{field}: “{value}” không hợp lệ (không đọc được hoặc vượt giới hạn của ô).");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” không hợp lệ (không đọc được hoặc vượt giới hạn của ô).");
        messages.SetValueIsInvalidAccessor(value => $"“{value}” không hợp lệ (không đọc được hoặc vượt giới hạn của ô).");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}: giá trị đã nhập không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị đã nhập không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} phải là một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Ô này phải là một số.");
        messages.SetValueMustNotBeNullAccessor(value => $"Ô này không được để trống (đã gửi “{value}”).");
        messages.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Biểu mẫu gửi lên trống.");
    }

    /// <summary>
    /// Gives the implicit [Required] of a non-nullable value-type property a Vietnamese message. Properties
    /// only: on an action's parameter an explicit [Required] would refuse a request that leaves out a
    /// parameter with a default value (<c>bool rememberMe = false</c>).
    /// </summary>
    private sealed class ImplicitRequiredMessage : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            var type = context.Key.ModelType;
            if (context.Key.MetadataKind != ModelMetadataKind.Property
                || !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
                || context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
            {
                return;
            }

            context.ValidationMetadata.ValidatorMetadata.Add(new RequiredAttribute { ErrorMessage = "Vui lòng nhập “{0}”." });
        }
    }
}
