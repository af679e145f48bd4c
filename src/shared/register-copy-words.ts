// What copying activities from another register leaves behind, in the words the app and the CLI both show.
export const REGISTER_COPY_LEAVES =
  'Copies arrive as drafts. Review dates, DPIA conclusions, LIA and TIA references, transfer start dates and DPA dates belong to the other organisation and are not copied.';
