import { Body, Button, Container, Head, Heading, Html, Preview, Section, Text } from "@react-email/components";

// The one email layout (react-email: table-based, inline styles, works in Gmail/Outlook/phones).
export function EmailLayout(props: {
  subject: string;
  paragraphs: string[];
  cta: { label: string; href: string } | null;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{props.paragraphs[0] ?? props.subject}</Preview>
      <Body
        style={{ backgroundColor: "#f6f5f2", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}
      >
        <Container
          style={{ backgroundColor: "#ffffff", borderRadius: 8, maxWidth: 560, padding: "24px", margin: "0 auto" }}
        >
          <Text style={{ color: "#0f5132", fontSize: 14, fontWeight: 700, letterSpacing: 1, margin: "0 0 16px" }}>
            LONDOM IMPORTS
          </Text>
          <Heading as="h1" style={{ fontSize: 20, lineHeight: "28px", margin: "0 0 12px", color: "#111" }}>
            {props.subject}
          </Heading>
          {props.paragraphs.map((p, i) => (
            <Text key={i} style={{ fontSize: 15, lineHeight: "22px", color: "#333", margin: "0 0 12px" }}>
              {p}
            </Text>
          ))}
          {props.cta ? (
            <Section style={{ margin: "20px 0 8px" }}>
              <Button
                href={props.cta.href}
                style={{
                  backgroundColor: "#0f5132",
                  borderRadius: 6,
                  color: "#fff",
                  fontSize: 15,
                  fontWeight: 600,
                  padding: "12px 20px",
                }}
              >
                {props.cta.label}
              </Button>
            </Section>
          ) : null}
          <Text style={{ fontSize: 12, color: "#777", margin: "24px 0 0" }}>
            Londom Imports · London to Accra. You get this because of an order or account with us; change what we send
            in your account.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
