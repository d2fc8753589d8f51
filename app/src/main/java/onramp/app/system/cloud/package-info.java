/**
 * The app's cloud adapters: AWS KMS for the key-encryption key. The only package of the app allowed
 * to use the AWS SDK (ModuleArchitectureTest); nothing of the SDK leaves it.
 */
@NullMarked
package onramp.app.system.cloud;

import org.jspecify.annotations.NullMarked;
