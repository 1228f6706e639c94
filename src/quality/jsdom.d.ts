/** The slice of jsdom's API that svg-validity.ts uses (the project has no @types/jsdom). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(markup: string, options?: { contentType?: string });
    readonly window: { readonly document: Document };
  }
}
