// Nouns that follow a product name: "the Contoso X1 chip", "its Nimbus platform", the "Falcon" family of models.
export const PRODUCT_NOUNS = new Set([
  'chip', 'chips', 'processor', 'processors', 'gpu', 'gpus', 'cpu', 'cpus', 'accelerator', 'accelerators', 'model', 'models',
  'platform', 'app', 'apps', 'software', 'phone', 'phones', 'smartphone', 'smartphones', 'device', 'devices', 'console',
  'vehicle', 'vehicles', 'sedan', 'sedans', 'pickup', 'hatchback', 'crossover', 'van', 'minivan', 'car', 'cars', 'suv', 'suvs', 'truck', 'trucks', 'jet', 'jets', 'aircraft', 'plane', 'planes',
  'jetliner', 'jetliners', 'drug', 'drugs', 'vaccine', 'vaccines', 'therapy', 'treatment', 'brand', 'brands', 'line',
  'lineup', 'series', 'family', 'engine', 'engines', 'assistant', 'chatbot', 'card', 'cards', 'headset', 'glasses',
  'laptop', 'laptops', 'tablet', 'tablets', 'watch', 'sneaker', 'sneakers', 'shoe', 'shoes', 'service', 'subscription',
  'system', 'systems', 'architecture', 'supercomputer', 'server', 'servers', 'memory', 'battery', 'batteries', 'satellite',
  'satellites', 'rocket', 'robotaxi', 'operating', 'browser', 'network', 'marketplace', 'store', 'cloud', 'superchip',
]);
