/**
 * The nominal module's REST adapter under {@code /api/v1/nominals}: search, read, create and identity
 * change as JSON, errors as RFC 9457 problem details, optimistic locking through ETag / If-Match.
 */
package org.mappahub.nominal.api;
