# The newsgraph API for `docker compose up`; Neo4j runs in its own container (NEO4J_URI).
FROM node:20-slim
WORKDIR /app
# Dependencies first, so that a code change does not reinstall them; the build (`prepare`) waits for the code.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "dist/cli/main.js", "serve"]
