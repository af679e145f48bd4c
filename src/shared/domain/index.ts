export * from './codes';
export * from './primitives';
export * from './organisation';
export * from './term';
export * from './party';
export * from './activity';
export * from './transfer';
export * from './register-document';
