//! Field components: a label, the control, help, and an error message linked
//! to the control for screen readers. Each reads and writes one answer.

use crate::answers::Field;
use crate::form_state::{use_form, ChoiceLens, Lens};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The translated error of `field`, if any.
pub fn error_text(field: Field) -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
    let ctx = use_form();
    let i18n = use_i18n();
    move || ctx.eval.with(|e| e.error(field).map(|err| i18n.t_with(err.key, &err.params)))
}

/// A text, date or number question.
pub struct TextSpec {
    pub field: Field,
    pub label: &'static str,
    pub lens: Lens<String>,
    /// The input's `type`: "text" or "date".
    pub kind: &'static str,
    pub inputmode: Option<&'static str>,
    pub help: Option<&'static str>,
    /// A unit shown after the box ("元", "years").
    pub suffix: Option<&'static str>,
}

pub fn text_field(spec: TextSpec) -> impl IntoView {
    let TextSpec { field, label, lens, kind, inputmode, help, suffix } = spec;
    let ctx = use_form();
    let i18n = use_i18n();
    let id = field.id();
    let error = error_text(field);
    let error_id = format!("{id}-error");
    let help_id = format!("{id}-help");
    let described = if help.is_some() { format!("{help_id} {error_id}") } else { error_id.clone() };
    view! {
        <div class="field" class:invalid=move || error().is_some()>
            <label for=id>{move || i18n.t(label)}</label>
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{move || i18n.t(h)}</p> })}
            <div class="control">
                <input
                    id=id
                    name=id
                    type=kind
                    inputmode=inputmode
                    autocomplete="off"
                    prop:value=move || lens.read(ctx)
                    aria-invalid=move || error().is_some().to_string()
                    aria-describedby=described
                    on:input=move |ev| lens.write(ctx, event_target_value(&ev))
                />
                {suffix.map(|s| view! { <span class="suffix" aria-hidden="true">{move || i18n.t(s)}</span> })}
            </div>
            <p class="error" id=error_id aria-live="polite">{error}</p>
        </div>
    }
}

/// A select; with `none_label` its first option means "not given".
pub fn select_field(
    id: &'static str,
    label: &'static str,
    lens: ChoiceLens,
    none_label: Option<&'static str>,
    help: Option<&'static str>,
) -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    let help_id = help.map(|_| format!("{id}-help"));
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(label)}</label>
            {help.map(|h| view! { <p class="help" id=format!("{id}-help")>{move || i18n.t(h)}</p> })}
            <select id=id name=id aria-describedby=help_id on:change=move |ev| lens.write(ctx, &event_target_value(&ev))>
                {none_label.map(|n| view! {
                    <option value="" selected=move || lens.read(ctx).is_empty()>{move || i18n.t(n)}</option>
                })}
                {(lens.options)().into_iter().map(|(value, key)| view! {
                    <option value=value selected=move || lens.read(ctx) == value>{move || i18n.t(&key)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Radio buttons in a fieldset whose legend is the question.
pub fn radio_group(name: &'static str, legend: &'static str, lens: ChoiceLens) -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    view! {
        <fieldset class="radios">
            <legend>{move || i18n.t(legend)}</legend>
            {(lens.options)().into_iter().map(|(value, key)| {
                let id = format!("{name}-{value}");
                let for_id = id.clone();
                view! {
                    <label class="choice" for=for_id>
                        <input type="radio" id=id name=name value=value
                            prop:checked=move || lens.read(ctx) == value
                            on:change=move |_| lens.write(ctx, value) />
                        <span>{move || i18n.t(&key)}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

pub fn checkbox(id: &'static str, label: &'static str, lens: Lens<bool>) -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    view! {
        <label class="choice" for=id>
            <input
                type="checkbox"
                id=id
                name=id
                prop:checked=move || lens.read(ctx)
                on:change=move |ev| lens.write(ctx, event_target_checked(&ev))
            />
            <span>{move || i18n.t(label)}</span>
        </label>
    }
}
