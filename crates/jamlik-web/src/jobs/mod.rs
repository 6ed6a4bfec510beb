//! Background work, in one place: the mail worker, the analysis worker and
//! the reminder jobs. Each takes its work from the database (claimed rows or
//! a lease), so any number of instances can run them.

pub(crate) mod analysis;
pub(crate) mod mail;
pub(crate) mod reminders;
