//! The score's weights, fitted on the tune split of tests/corpus (real posts and drafts) by
//! `python3 tools/fit_weights.py --write`; do not edit by hand, refit. Each is the raw points
//! one unit of its feature adds (see `rules` and `combine`); `RAW_40` and `RAW_60` are the raw
//! totals `combine::calibrate` makes 40 and 60.
pub const BIAS: f32 = 28.83;
pub const CAPTION: f32 = -5.12;
pub const CONTRAST: f32 = 2.34;
pub const COPIED: f32 = -4.88;
pub const DETAIL: f32 = 1.50;
pub const EMOJI_ONLY: f32 = -1.63;
pub const EMPTY: f32 = -1.50;
pub const EXCLAIM: f32 = -3.07;
pub const FILLER: f32 = -5.56;
pub const FIRST_PERSON: f32 = 1.49;
pub const HASHTAG_PILE: f32 = -1.50;
pub const LENGTH: f32 = 7.80;
pub const LENGTH_OTHER: f32 = 7.84;
pub const LINK: f32 = -5.45;
pub const MARKETING: f32 = -6.13;
pub const NEGATION: f32 = 1.62;
pub const ONLY_LINK: f32 = -1.50;
pub const PASTED: f32 = -1.50;
pub const QUESTION: f32 = 2.05;
pub const REASON: f32 = 4.17;
pub const REPORT: f32 = -5.98;
pub const SECOND_PERSON: f32 = 1.48;
pub const SENTENCES: f32 = 3.07;
pub const SHOUTING: f32 = -3.57;
pub const STANCE: f32 = 1.50;
pub const STATEMENT: f32 = -4.30;
pub const TOO_SHORT: f32 = -1.48;
pub const VIEW: f32 = 4.97;
pub const WITNESS: f32 = 1.48;
pub const RAW_40: f32 = 50.63;
pub const RAW_60: f32 = 55.63;
