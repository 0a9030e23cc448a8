using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LearningSociety.Web.Setup;

/// <summary>
/// The framework's own validation messages, in Vietnamese: what the model binder says when a value cannot be
/// read ("abc" typed into a number), and the implicit "required" of a non-nullable value type (a checkbox's
/// bool), which would otherwise reach the page as "The … field is required.". The typed value is not echoed
/// back: it may be long or contain anything.
/// </summary>
public static class VietnameseModelMessages
{
    public static void Apply(MvcOptions options)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((_, field) => $"Giá trị đã nhập cho “{field}” không hợp lệ.");
        m.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho “{field}”.");
        m.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung gửi lên.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Giá trị đã nhập không hợp lệ.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị đã nhập không hợp lệ.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        m.SetUnknownValueIsInvalidAccessor(field => $"Giá trị đã nhập cho “{field}” không hợp lệ.");
        m.SetValueIsInvalidAccessor(_ => "Giá trị đã nhập không hợp lệ.");
        m.SetValueMustBeANumberAccessor(field => $"“{field}” phải là một số.");
        m.SetValueMustNotBeNullAccessor(_ => "Vui lòng nhập giá trị.");
        options.ModelMetadataDetailsProviders.Add(new ImplicitRequiredMessage());
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
