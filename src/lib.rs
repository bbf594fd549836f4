//! Second Thought's core: plain Rust with no web dependency, so `cargo test` checks it natively.
//! The `wasm` module is the only part that knows about JavaScript.

pub mod clock;
pub mod json;
pub mod policy;
pub mod score;
pub mod settings;
pub mod stats;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
