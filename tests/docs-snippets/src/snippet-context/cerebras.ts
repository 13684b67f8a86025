// Free names of the packages/cerebras/README.md snippets: later blocks continue the first.
import Cerebras from "@cerebras/cerebras_cloud_sdk";

export { Cerebras };
